"""URL configuration: pages, the REST API and its schema, the admin."""

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from gp_assistant import health, metrics
from triage import views as triage_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/setlang/", triage_views.switch_language, name="set_language"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/", include("triage.api_urls")),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics.metrics_view, name="metrics"),
    path("", include("triage.urls")),
]
