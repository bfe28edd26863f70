from django.core.management.base import BaseCommand

from triage.demo import load_demo_data


class Command(BaseCommand):
    help = "Load the demo clinic network (idempotent); prints new accounts' passwords once."

    def handle(self, *args, **options):
        report = load_demo_data()
        for username, password in report.created_passwords.items():
            self.stdout.write(f"  created account {username:<10} password: {password}")
        if report.created_passwords:
            self.stdout.write(
                self.style.WARNING("  These passwords are shown only now. 密码只显示这一次。")
            )
        if report.existing_accounts:
            self.stdout.write(
                f"  demo accounts already exist (passwords were printed when created): "
                f"{', '.join(report.existing_accounts)}"
            )
        self.stdout.write(f"  patients created: {report.patients_created}")
