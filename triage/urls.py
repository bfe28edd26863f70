"""Page URLs."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("patients/", views.patient_list, name="patient-list"),
    path("patients/<int:patient_id>/", views.patient_detail, name="patient-detail"),
    path(
        "patients/<int:patient_id>/consultations/",
        views.consultation_open,
        name="consultation-open",
    ),
    path(
        "consultations/<int:consultation_id>/",
        views.consultation_detail,
        name="consultation-detail",
    ),
    path(
        "consultations/<int:consultation_id>/close/",
        views.consultation_close,
        name="consultation-close",
    ),
    path("review/", views.review_queue, name="review-queue"),
    path("review/history/", views.review_history, name="review-history"),
    path("review/<int:suggestion_id>/", views.review_detail, name="review-detail"),
    path("review/<int:suggestion_id>/decide/", views.review_decide, name="review-decide"),
]
