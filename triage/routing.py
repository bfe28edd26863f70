"""WebSocket routes."""

from django.urls import path

from .consumers import ConsultationConsumer, ReviewQueueConsumer

websocket_urlpatterns = [
    path("ws/consultations/<int:consultation_id>/", ConsultationConsumer.as_asgi()),
    path("ws/review/", ReviewQueueConsumer.as_asgi()),
]
