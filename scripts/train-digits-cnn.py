#!/usr/bin/env python3
"""Trains the small CNN of descent's own-model example on scikit-learn's handwritten digits and
exports it as descent reads it (run once; the output is committed under scenes/data/):

  scenes/data/digits-cnn.safetensors              θ*, the trained state dict
  scenes/data/digits-cnn/epoch-00.safetensors ...  the training path: the initial weights, then
                                                   the weights after every epoch (epoch-20 is θ*)
  scenes/data/digits-{train,validation}-{x,y}.npy  float32 images (N, 1, 8, 8) in [0, 1] and
                                                   int64 labels (N,)

Model: Conv2d(1, 8, 3, padding=1), ReLU, MaxPool2d(2), Flatten, Linear(128, 10): the layers of
scenes/digits-cnn-*.yaml. Adam (lr 0.01), batches of 64, 20 epochs, seed 0.

Usage: /work/venv/ref/bin/python scripts/train-digits-cnn.py   (torch, scikit-learn, safetensors)
"""
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import save_file
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

OUT = os.path.join(os.path.dirname(__file__), "..", "scenes", "data")
EPOCHS = 20


def main():
    torch.manual_seed(0)
    digits = load_digits()
    x = (digits.images / 16.0).astype(np.float32)[:, None, :, :]       # (1797, 1, 8, 8)
    y = digits.target.astype(np.int64)
    xt, xv, yt, yv = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
    for name, a in (("digits-train-x", xt), ("digits-train-y", yt), ("digits-validation-x", xv), ("digits-validation-y", yv)):
        np.save(os.path.join(OUT, name + ".npy"), np.ascontiguousarray(a))

    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(128, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    inputs, labels = torch.tensor(xt), torch.tensor(yt)
    path = os.path.join(OUT, "digits-cnn")
    os.makedirs(path, exist_ok=True)

    def save(epoch):
        save_file({k: v.contiguous() for k, v in model.state_dict().items()}, os.path.join(path, f"epoch-{epoch:02d}.safetensors"))

    save(0)
    generator = torch.Generator().manual_seed(0)
    for epoch in range(1, EPOCHS + 1):
        model.train()
        order = torch.randperm(len(inputs), generator=generator)
        for start in range(0, len(inputs), 64):
            batch = order[start:start + 64]
            optimizer.zero_grad()
            F.cross_entropy(model(inputs[batch]), labels[batch]).backward()
            optimizer.step()
        save(epoch)
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, os.path.join(OUT, "digits-cnn.safetensors"))

    model.eval()
    with torch.no_grad():
        for name, a, b in (("train", inputs, labels), ("validation", torch.tensor(xv), torch.tensor(yv))):
            out = model(a)
            print(f"{name}: {len(a)} samples, loss {F.cross_entropy(out, b).item():.6f}, accuracy {(out.argmax(1) == b).float().mean().item():.4f}")


if __name__ == "__main__":
    main()
