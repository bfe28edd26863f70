#!/bin/sh
# GP Assistant container roles. Every role execs its process, so it runs as PID 1 and receives
# SIGTERM directly: Daphne closes sockets gracefully, Celery does a warm shutdown (finishes the
# running tasks; with acks_late, anything it could not finish is redelivered).
set -eu

role="${1:-web}"
[ "$#" -gt 0 ] && shift

case "$role" in
  web)
    # --proxy-headers: client address and scheme (X-Forwarded-For/-Proto) from nginx.
    exec daphne --bind 0.0.0.0 --port 8000 --proxy-headers \
      --ping-interval 20 --ping-timeout 30 --application-close-timeout 10 \
      "$@" gp_assistant.asgi:application
    ;;
  worker)
    # Metrics files of a previous run (PROMETHEUS_MULTIPROC_DIR) would add to this run's.
    if [ -n "${PROMETHEUS_MULTIPROC_DIR:-}" ]; then
      find "${PROMETHEUS_MULTIPROC_DIR}" -mindepth 1 -delete
    fi
    exec celery -A gp_assistant worker --loglevel="${LOG_LEVEL:-INFO}" \
      --without-gossip --without-mingle "$@"
    ;;
  beat)
    # Exactly one beat per deployment: two would enqueue every scheduled task twice.
    exec celery -A gp_assistant beat --loglevel="${LOG_LEVEL:-INFO}" \
      --schedule /data/celerybeat-schedule "$@"
    ;;
  chroma)
    exec chroma run --path /data/chroma --host 0.0.0.0 --port 8001 "$@"
    ;;
  migrate)
    exec python manage.py migrate --noinput "$@"
    ;;
  ingest)
    # Incremental: only changed documents are embedded, so re-running it is cheap.
    exec python manage.py ingest_knowledge --no-progress "$@"
    ;;
  manage)
    exec python manage.py "$@"
    ;;
  *)
    echo "unknown role '$role' (web | worker | beat | chroma | migrate | ingest | manage ...)" >&2
    exit 64
    ;;
esac
