import json

from django.core.management.base import BaseCommand, CommandError

from triage.audit import verify_audit_chain


class Command(BaseCommand):
    help = "Verify the hash-chained audit trail; report the first broken link."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, **options):
        report = verify_audit_chain()
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "ok": report.ok,
                        "events": report.events,
                        "first_broken_id": report.first_broken_id,
                        "reason": report.reason,
                    }
                )
            )
        elif report.ok:
            self.stdout.write(self.style.SUCCESS(f"audit chain intact: {report.events} events"))
        if not report.ok:
            raise CommandError(
                f"audit chain broken at event {report.first_broken_id}: {report.reason}"
            )
