"""Page forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Language, Patient


class PatientForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    sex = forms.ChoiceField(label=_("Sex"), choices=Patient.Sex.choices)
    birth_date = forms.DateField(
        label=_("Birth date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    phone = forms.CharField(label=_("Phone for SMS"), max_length=32, required=False)
    language = forms.ChoiceField(label=_("Preferred language"), choices=Language.choices)
    allergies = forms.CharField(label=_("Allergies (comma-separated)"), required=False)
    chronic_conditions = forms.CharField(
        label=_("Chronic conditions (comma-separated)"), required=False
    )

    def split(self, field: str) -> list[str]:
        """A comma-separated field (, or ，) as a list."""
        return [p for p in self.cleaned_data[field].replace("，", ",").split(",") if p.strip()]
