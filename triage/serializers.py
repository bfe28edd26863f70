"""API shapes."""

from rest_framework import serializers

from .models import Consultation, Message, Patient, Review, SmsMessage, Suggestion


class PatientSerializer(serializers.ModelSerializer):
    class Meta:
        model = Patient
        fields = [
            "id",
            "clinic",
            "name",
            "sex",
            "birth_date",
            "phone",
            "language",
            "allergies",
            "chronic_conditions",
        ]


class MessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Message
        fields = ["id", "seq", "author_role", "text", "client_id", "triage", "created_at"]


class ConsultationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Consultation
        fields = [
            "id",
            "patient",
            "clinic",
            "status",
            "triage_level",
            "red_flags",
            "triage",
            "last_message_seq",
            "opened_at",
            "closed_at",
            "signed_at",
        ]


class ConsultationOpenSerializer(serializers.Serializer):
    patient = serializers.IntegerField()


class SuggestionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Suggestion
        fields = [
            "id",
            "consultation",
            "message",
            "kind",
            "status",
            "payload",
            "citations",
            "notices",
            "engine",
            "model_id",
            "prompt_version",
            "retrieved_passages",
            "prompt_tokens",
            "completion_tokens",
            "first_token_ms",
            "latency_ms",
            "created_at",
            "reviewed_at",
        ]


class ReviewInputSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=Review.Action.choices)
    edited_payload = serializers.JSONField(required=False)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class ReviewSerializer(serializers.ModelSerializer):
    class Meta:
        model = Review
        fields = [
            "id",
            "suggestion",
            "gp",
            "action",
            "edited_payload",
            "diff",
            "reason",
            "created_at",
        ]


class SmsMessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = SmsMessage
        fields = [
            "id",
            "consultation",
            "status",
            "attempts",
            "provider_id",
            "last_error",
            "sent_at",
        ]


class QueueItemSerializer(serializers.ModelSerializer):
    clinic = serializers.CharField(source="consultation.clinic.name")
    patient = serializers.CharField(source="consultation.patient.name")
    triage_level = serializers.CharField(source="consultation.triage_level")
    red_flags = serializers.JSONField(source="consultation.red_flags")

    class Meta:
        model = Suggestion
        fields = [
            "id",
            "kind",
            "consultation",
            "clinic",
            "patient",
            "triage_level",
            "red_flags",
            "created_at",
            "escalated_at",
        ]


class TimelineSerializer(serializers.Serializer):
    consultation = ConsultationSerializer()
    messages = MessageSerializer(many=True)
    suggestions = SuggestionSerializer(many=True)
    reviews = ReviewSerializer(many=True)
    sms = SmsMessageSerializer(many=True)
