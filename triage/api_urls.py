"""REST API URLs under /api/."""

from django.urls import path

from . import apis
from .fhir import ConsultationFhirApi
from .receipts import SmsReceiptApi

urlpatterns = [
    path("patients/", apis.PatientListApi.as_view(), name="api-patients"),
    path("patients/<int:pk>/", apis.PatientDetailApi.as_view(), name="api-patient"),
    path("consultations/", apis.ConsultationListApi.as_view(), name="api-consultations"),
    path("consultations/<int:pk>/", apis.ConsultationDetailApi.as_view(), name="api-consultation"),
    path(
        "consultations/<int:pk>/close/",
        apis.ConsultationCloseApi.as_view(),
        name="api-consultation-close",
    ),
    path(
        "consultations/<int:pk>/messages/",
        apis.ConsultationMessagesApi.as_view(),
        name="api-consultation-messages",
    ),
    path(
        "consultations/<int:pk>/timeline/",
        apis.ConsultationTimelineApi.as_view(),
        name="api-consultation-timeline",
    ),
    path("review-queue/", apis.ReviewQueueApi.as_view(), name="api-review-queue"),
    path("suggestions/<int:pk>/", apis.SuggestionDetailApi.as_view(), name="api-suggestion"),
    path(
        "suggestions/<int:pk>/review/",
        apis.SuggestionReviewApi.as_view(),
        name="api-suggestion-review",
    ),
    path(
        "consultations/<int:pk>/fhir/", ConsultationFhirApi.as_view(), name="api-consultation-fhir"
    ),
    path("sms/", apis.SmsMessageListApi.as_view(), name="api-sms"),
    path("sms/receipts/", SmsReceiptApi.as_view(), name="api-sms-receipt"),
]
