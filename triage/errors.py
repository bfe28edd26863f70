"""Errors the services raise, each with a stable code and a message in both languages;
adapters turn them into error frames and HTTP responses. Raising one changes nothing."""

from __future__ import annotations


class ServiceError(Exception):
    """A refused request: `code` for programs, `zh`/`en` for people."""

    code = "invalid"
    http_status = 400

    def __init__(self, code: str | None = None, *, zh: str, en: str) -> None:
        super().__init__(en)
        self.code = code or self.code
        self.zh = zh
        self.en = en

    def as_dict(self) -> dict:
        """The JSON shape used by error frames and API error bodies."""
        return {"code": self.code, "message": {"zh": self.zh, "en": self.en}}


class InvalidInput(ServiceError):
    code = "invalid"
    http_status = 400


class NotAllowed(ServiceError):
    code = "forbidden"
    http_status = 403


class NotFound(ServiceError):
    """Also used for objects that exist but are not the user's to see: no existence leaks."""

    code = "not_found"
    http_status = 404


class Conflict(ServiceError):
    code = "conflict"
    http_status = 409


def not_found() -> NotFound:
    """The one 'no such object (for you)' error."""
    return NotFound(zh="找不到该记录，或您无权查看。", en="Not found, or not yours to see.")
