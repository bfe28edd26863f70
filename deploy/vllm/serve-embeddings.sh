#!/usr/bin/env bash
# Serve the query/passage embedding model (bge-m3) on the GPU node with vLLM, beside the
# suggestion model: it takes the query embedding, the largest CPU cost of a draft, off the
# workers. Optional; see "6. Embeddings on the GPU" in deploy/vllm/README.md.
#
#   VLLM_API_KEY=... deploy/vllm/serve-embeddings.sh        # port 8002, 8% of GPU 0
set -euo pipefail

EMBEDDING_MODEL="${EMBEDDING_MODEL:-bge-m3}"
VLLM_MODEL_DIR="${VLLM_MODEL_DIR:-/models/${EMBEDDING_MODEL}}"
VLLM_HOST="${VLLM_HOST:-0.0.0.0}"
VLLM_PORT="${VLLM_PORT:-8002}"
# bge-m3 is 568 M parameters (~1.1 GB in fp16): a small share of a card the 7B model is on.
# The two shares must add up to at most 1 (lower the suggestion model's to 0.85).
VLLM_GPU_MEMORY_UTILIZATION="${VLLM_GPU_MEMORY_UTILIZATION:-0.08}"
# Staff messages and corpus chunks are short; 512 tokens covers a drafting query.
VLLM_MAX_MODEL_LEN="${VLLM_MAX_MODEL_LEN:-512}"

: "${VLLM_API_KEY:?set VLLM_API_KEY, the same value as EMBEDDING_API_KEY on the workers}"
export VLLM_API_KEY
[[ -f "${VLLM_MODEL_DIR}/config.json" ]] || {
    echo "no model at ${VLLM_MODEL_DIR}: stage the weights first (deploy/vllm/README.md)" >&2
    exit 1
}
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 VLLM_NO_USAGE_STATS=1 DO_NOT_TRACK=1

exec vllm serve "${VLLM_MODEL_DIR}" \
    --served-model-name "${EMBEDDING_MODEL}" \
    --runner pooling \
    --host "${VLLM_HOST}" \
    --port "${VLLM_PORT}" \
    --max-model-len "${VLLM_MAX_MODEL_LEN}" \
    --gpu-memory-utilization "${VLLM_GPU_MEMORY_UTILIZATION}" \
    "$@"
