import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from triage.evaluation import BadCaseFile, parse_cases, score
from triage.triage_eval import run_cases


class Command(BaseCommand):
    help = (
        "Evaluate triage on a JSONL case file (id, lang, text, gold_triage, "
        "[acceptable_triage]); each case runs as a staff message in a new consultation."
    )

    def add_arguments(self, parser):
        parser.add_argument("cases", type=Path)
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, **options):
        try:
            cases = parse_cases(options["cases"].read_text(encoding="utf-8").splitlines())
        except OSError as exc:
            raise CommandError(f"cannot read {options['cases']}: {exc}") from None
        except BadCaseFile as exc:
            raise CommandError(f"{options['cases']}: {exc}") from None
        if not cases:
            raise CommandError(f"{options['cases']}: no cases")
        predictions = run_cases(cases)
        figures = score(cases, predictions)
        if options["json"]:
            figures["predictions"] = [
                {"id": p.id, "level": p.level, "red_flags": list(p.red_flags)} for p in predictions
            ]
            self.stdout.write(json.dumps(figures, ensure_ascii=False))
            return
        self.stdout.write(f"cases                        {figures['cases']}")
        for key in (
            "accuracy",
            "emergency_sensitivity",
            "under_triage_rate",
            "over_triage_rate",
            "self_care_to_emergency_rate",
        ):
            value = figures[key]
            self.stdout.write(f"{key:<29}{'n/a' if value is None else f'{value:.1%}'}")
        matrix = figures["confusion_matrix"]
        levels = matrix["rows_gold_columns_predicted"]
        self.stdout.write("\nconfusion (rows gold, columns predicted)")
        self.stdout.write(" " * 12 + "".join(f"{level:>12}" for level in levels))
        for gold in levels:
            self.stdout.write(f"{gold:<12}" + "".join(f"{matrix[gold][p]:>12}" for p in levels))
        if figures["missed_emergencies"]:
            self.stdout.write(f"\nmissed emergencies: {', '.join(figures['missed_emergencies'])}")
