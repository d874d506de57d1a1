#!/usr/bin/env python3
"""Writes the model files of the bad-input corpus (Tests/DescentCLITests/BadScenes/data/model-*):
a tiny nn.Sequential(Conv2d(1, 2, 3, padding=1), ReLU, Flatten, Linear(128, 3)) saved as
safetensors, once as it is and once with a float16 tensor, 20 images (20, 1, 8, 8) with int64
labels, and data that are wrong in one way each. Run it here with torch and safetensors; the
files are committed, so tests do not need Python."""
import numpy as np
import torch
import torch.nn as nn
from safetensors.torch import save_file

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(128, 3))
state = {k: v.contiguous() for k, v in model.state_dict().items()}
save_file(state, "model.safetensors")
save_file({**state, "0.weight": state["0.weight"].half()}, "model-f16.safetensors")
rng = np.random.RandomState(0)
np.save("model-x.npy", rng.uniform(size=(20, 1, 8, 8)).astype(np.float32))
np.save("model-flat-x.npy", rng.uniform(size=(20, 64)).astype(np.float32))
labels = rng.randint(0, 3, size=20).astype(np.int64)
np.save("model-y.npy", labels)
labels[3] = 7
np.save("model-y-class-7.npy", labels)
np.save("model-y-float.npy", rng.normal(size=20).astype(np.float32))
