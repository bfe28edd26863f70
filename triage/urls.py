"""Page URLs."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="triage/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
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
]
