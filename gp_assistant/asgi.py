"""ASGI entry point: HTTP through Django, WebSockets through Channels (session-authenticated,
origin-checked)."""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_assistant.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402 - needs the app registry
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from triage.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)

# What the app imported lives as long as the process: out of the garbage collector's way. A
# full collection walked the ~260,000 objects of the imports and paused the event loop (every
# socket's frames) for 130-200 ms, several times a minute while 20 drafts streamed.
gc.freeze()
