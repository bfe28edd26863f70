#!/usr/bin/env bash
# Serve the suggestion model on a GPU node with vLLM's OpenAI-compatible server.
# Runs on a host with `vllm` installed, or as the command of the vllm/vllm-openai image.
# Every knob is an environment variable; see deploy/vllm/README.md.
#
#   VLLM_API_KEY=... deploy/vllm/serve.sh            # one replica on GPU 0, port 8000
#   CUDA_VISIBLE_DEVICES=1 VLLM_PORT=8001 VLLM_API_KEY=... deploy/vllm/serve.sh
set -euo pipefail

# The name the workers ask for (their LLM_MODEL) and the local directory holding the weights.
LLM_MODEL="${LLM_MODEL:-Qwen2.5-7B-Instruct}"
VLLM_MODEL_DIR="${VLLM_MODEL_DIR:-/models/${LLM_MODEL}}"
VLLM_HOST="${VLLM_HOST:-0.0.0.0}"
VLLM_PORT="${VLLM_PORT:-8000}"
# Prompt (system + retrieved passages + conversation, ~3-5k tokens) + up to 800 answer tokens.
VLLM_MAX_MODEL_LEN="${VLLM_MAX_MODEL_LEN:-8192}"
VLLM_GPU_MEMORY_UTILIZATION="${VLLM_GPU_MEMORY_UTILIZATION:-0.90}"
VLLM_MAX_NUM_SEQS="${VLLM_MAX_NUM_SEQS:-32}"
VLLM_TENSOR_PARALLEL_SIZE="${VLLM_TENSOR_PARALLEL_SIZE:-1}"
VLLM_STRUCTURED_OUTPUTS_BACKEND="${VLLM_STRUCTURED_OUTPUTS_BACKEND:-xgrammar}"

# vLLM reads its API key from VLLM_API_KEY; the workers send the same value as LLM_API_KEY.
: "${VLLM_API_KEY:?set VLLM_API_KEY, the same value as LLM_API_KEY on the workers}"
export VLLM_API_KEY

if [[ ! -f "${VLLM_MODEL_DIR}/config.json" ]]; then
    echo "no model at ${VLLM_MODEL_DIR}: stage the weights first (deploy/vllm/README.md)" >&2
    exit 1
fi

# Weights are staged beforehand; a serving node never downloads anything.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 VLLM_NO_USAGE_STATS=1 DO_NOT_TRACK=1

# Prompts carry patient text: request logging stays off (vLLM's default; never pass
# --enable-log-requests here).
exec vllm serve "${VLLM_MODEL_DIR}" \
    --served-model-name "${LLM_MODEL}" \
    --host "${VLLM_HOST}" \
    --port "${VLLM_PORT}" \
    --max-model-len "${VLLM_MAX_MODEL_LEN}" \
    --gpu-memory-utilization "${VLLM_GPU_MEMORY_UTILIZATION}" \
    --max-num-seqs "${VLLM_MAX_NUM_SEQS}" \
    --tensor-parallel-size "${VLLM_TENSOR_PARALLEL_SIZE}" \
    --enable-prefix-caching \
    --structured-outputs-config.backend "${VLLM_STRUCTURED_OUTPUTS_BACKEND}" \
    "$@"
