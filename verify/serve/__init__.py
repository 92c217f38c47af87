"""The web app (`verify serve`): the service holding models, and its routes."""

from verify.serve.service import (
    MAX_UPLOAD_BYTES,
    JobStatus,
    NotFound,
    Service,
    run_server,
    stage_percent,
)

__all__ = ["JobStatus", "MAX_UPLOAD_BYTES", "NotFound", "Service", "run_server", "stage_percent"]
