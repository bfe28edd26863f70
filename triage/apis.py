"""REST API: every endpoint reads through selectors (filtered by role) and writes through
services. Objects the caller may not see answer 404."""

from django.conf import settings
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import APIException
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import selectors, services
from .errors import ServiceError
from .models import Consultation
from .serializers import (
    ConsultationOpenSerializer,
    ConsultationSerializer,
    MessageSerializer,
    PatientSerializer,
    QueueItemSerializer,
    ReviewInputSerializer,
    ReviewSerializer,
    SmsMessageSerializer,
    SuggestionSerializer,
    TimelineSerializer,
)


class ServiceErrorResponse(APIException):
    def __init__(self, exc: ServiceError) -> None:
        self.status_code = exc.http_status
        super().__init__(detail=exc.as_dict())


def call_service(func, **kwargs):
    """Run a service and turn its refusal into the matching HTTP error."""
    try:
        return func(**kwargs)
    except ServiceError as exc:
        if exc.http_status == 404:
            raise Http404 from None
        raise ServiceErrorResponse(exc) from None


class PatientListApi(generics.ListAPIView):
    serializer_class = PatientSerializer

    def get_queryset(self):
        return selectors.search_patients(self.request.user, self.request.query_params.get("q", ""))


class PatientDetailApi(generics.RetrieveAPIView):
    serializer_class = PatientSerializer

    def get_queryset(self):
        return selectors.visible_patients(self.request.user)


class ConsultationListApi(generics.ListAPIView):
    serializer_class = ConsultationSerializer

    def get_queryset(self):
        return selectors.visible_consultations(self.request.user)

    @extend_schema(request=ConsultationOpenSerializer, responses={201: ConsultationSerializer})
    def post(self, request: Request) -> Response:
        """Open a consultation for a patient (clinic staff)."""
        data = ConsultationOpenSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        consultation = call_service(
            services.open_consultation, user=request.user, patient_id=data.validated_data["patient"]
        )
        return Response(ConsultationSerializer(consultation).data, status=status.HTTP_201_CREATED)


class ConsultationDetailApi(generics.RetrieveAPIView):
    serializer_class = ConsultationSerializer

    def get_queryset(self):
        return selectors.visible_consultations(self.request.user)


class ConsultationCloseApi(APIView):
    @extend_schema(request=None, responses=ConsultationSerializer)
    def post(self, request: Request, pk: int) -> Response:
        """Close the visit (clinic staff)."""
        consultation = call_service(
            services.close_consultation, user=request.user, consultation_id=pk
        )
        return Response(ConsultationSerializer(consultation).data)


class ConsultationMessagesApi(generics.ListAPIView):
    serializer_class = MessageSerializer
    pagination_class = None

    @extend_schema(parameters=[OpenApiParameter("after", int, description="sequence number")])
    def get(self, request: Request, *args, **kwargs) -> Response:
        """The conversation after sequence number `after`, oldest first."""
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        try:
            consultation = selectors.get_consultation(self.request.user, self.kwargs["pk"])
        except Consultation.DoesNotExist:
            raise Http404 from None
        try:
            after = max(0, int(self.request.query_params.get("after", 0)))
        except ValueError:
            after = 0
        return selectors.consultation_messages(consultation, after_seq=after)[
            : settings.CHAT_HISTORY_PAGE
        ]


class SuggestionDetailApi(generics.RetrieveAPIView):
    serializer_class = SuggestionSerializer

    def get_queryset(self):
        return selectors.visible_suggestions(self.request.user)


class SuggestionReviewApi(APIView):
    @extend_schema(request=ReviewInputSerializer, responses={201: ReviewSerializer})
    def post(self, request: Request, pk: int) -> Response:
        """Approve, edit or reject a pending suggestion (a supervising GP)."""
        data = ReviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        review = call_service(
            services.review_suggestion,
            gp=request.user,
            suggestion_id=pk,
            action=data.validated_data["action"],
            edited_payload=data.validated_data.get("edited_payload"),
            reason=data.validated_data.get("reason", ""),
        )
        return Response(ReviewSerializer(review).data, status=status.HTTP_201_CREATED)


class SmsMessageListApi(generics.ListAPIView):
    serializer_class = SmsMessageSerializer

    def get_queryset(self):
        return selectors.visible_sms_messages(self.request.user).order_by("-created_at")


class ReviewQueueApi(generics.ListAPIView):
    """The calling GP's pending suggestions, emergencies first, then the longest waiting."""

    serializer_class = QueueItemSerializer

    def get_queryset(self):
        if self.request.user.role != self.request.user.Role.GP:
            return selectors.visible_suggestions(self.request.user).none()
        return selectors.review_queue(self.request.user)


class ConsultationTimelineApi(APIView):
    @extend_schema(responses=TimelineSerializer)
    def get(self, request: Request, pk: int) -> Response:
        """The whole visit in order: messages (with triage), suggestions, reviews, SMS."""
        try:
            consultation = selectors.get_consultation(request.user, pk)
        except Consultation.DoesNotExist:
            raise Http404 from None
        services.record_view_of_patient(user=request.user, patient=consultation.patient)
        suggestions = consultation.suggestions.order_by("created_at")
        data = TimelineSerializer(
            {
                "consultation": consultation,
                "messages": selectors.consultation_messages(consultation),
                "suggestions": suggestions,
                "reviews": [
                    s.review for s in suggestions.select_related("review") if s.is_reviewed
                ],
                "sms": consultation.sms_messages.order_by("created_at"),
            }
        ).data
        return Response(data)
