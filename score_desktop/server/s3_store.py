"""Blobs in an S3-compatible object store (AWS S3, MinIO, SeaweedFS, Ceph RGW, R2...) through boto3.

Keys: ``<prefix>blobs/<sha256>`` for blobs, ``<prefix>uploads/<upload id>/...`` for the pieces of uploads in
progress (staging.py). Credentials come from boto3's usual chain (``AWS_ACCESS_KEY_ID`` and
``AWS_SECRET_ACCESS_KEY`` in the environment, or the service account's profile), never from the data folder.

A blob is published only once its bytes hashed right: up to :data:`PART_BYTES` they are sent in one PUT after
the hash is known; a larger blob goes up as a multipart upload that is completed only if the hash matches, and
aborted otherwise. Either way the key appears whole or not at all.
"""

from __future__ import annotations

import hashlib
import io
import os
from typing import IO, Iterable, Iterator

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from score_desktop.server.blob_store import SHA256_RE, BlobMissing, S3Location, StoreUnreachable

#: Parts of a multipart upload (S3 wants at least 5 MiB for every part but the last).
PART_BYTES = 8 * 1024 * 1024
_READ_SIZE = 256 * 1024
_NOT_FOUND = {"404", "NoSuchKey", "NotFound", "NoSuchBucket"}


def _client(endpoint: str | None, *, quick: bool = False):
    config = Config(
        s3={"addressing_style": "path" if endpoint else "auto"},  # MinIO and SeaweedFS want bucket-in-path
        retries={"max_attempts": 1 if quick else 5, "mode": "standard"},
        connect_timeout=2 if quick else 10, read_timeout=5 if quick else 60,
        max_pool_connections=64)
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    return boto3.session.Session().client("s3", endpoint_url=endpoint, region_name=region, config=config)


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


class S3Store:
    """The blob store in a bucket (see the module docstring)."""

    def __init__(self, location: S3Location, endpoint: str | None) -> None:
        self.location = location
        self.bucket = location.bucket
        self.endpoint = endpoint
        self.description = location.url
        self.client = _client(endpoint)  # thread-safe; shared by the request threads
        self._probe = _client(endpoint, quick=True)  # /healthz must answer fast when the store is down

    def key(self, sha256: str) -> str:
        return f"{self.location.prefix}blobs/{sha256}"

    # -- blobs --------------------------------------------------------------------------------------------

    def size(self, sha256: str) -> int | None:
        try:
            return int(self.client.head_object(Bucket=self.bucket, Key=self.key(sha256))["ContentLength"])
        except ClientError as error:
            if _code(error) in _NOT_FOUND:
                return None
            raise

    def open_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        return self.open_object(self.key(sha256), f"bytes={start}-{end}")

    def open_object(self, key: str, byte_range: str | None = None) -> Iterator[bytes]:
        """The object's bytes; the GET is sent now, so a missing object raises :class:`BlobMissing` here."""
        extra = {"Range": byte_range} if byte_range else {}
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=key, **extra)["Body"]
        except ClientError as error:
            if _code(error) in _NOT_FOUND | {"InvalidRange"}:
                raise BlobMissing(key) from None
            raise
        return _stream(body)

    def put_verified(self, sha256: str, chunks: Iterable[bytes]) -> bool:
        digest = hashlib.sha256()
        held = self.size(sha256) is not None
        buffer = bytearray()
        multipart = None
        try:
            for chunk in chunks:
                digest.update(chunk)
                if held:
                    continue
                buffer += chunk
                if len(buffer) >= PART_BYTES:
                    multipart = multipart or _Multipart(self, self.key(sha256))
                    multipart.add(bytes(buffer[:PART_BYTES]))
                    del buffer[:PART_BYTES]
            if digest.hexdigest() != sha256:
                return False
            if held:
                return True
            if multipart is None:
                self.client.put_object(Bucket=self.bucket, Key=self.key(sha256), Body=bytes(buffer))
            else:
                if buffer:
                    multipart.add(bytes(buffer))
                multipart.complete()
                multipart = None
            return True
        finally:
            if multipart is not None:
                multipart.abort()

    def hashes(self) -> Iterator[tuple[str, int]]:
        prefix = self.location.prefix + "blobs/"
        for key, size in self.keys(prefix):
            name = key[len(prefix):]
            if SHA256_RE.match(name):
                yield name, size

    def check(self) -> None:
        try:
            self._probe.head_bucket(Bucket=self.bucket)
        except (ClientError, BotoCoreError) as error:
            raise StoreUnreachable(f"{self.description}: {_reason(error)}") from None

    # -- what the staging area and the tools need ------------------------------------------------------

    def put_object(self, key: str, body: IO[bytes]) -> None:
        self.client.put_object(Bucket=self.bucket, Key=key, Body=body)

    def keys(self, prefix: str) -> Iterator[tuple[str, int]]:
        """Every key under ``prefix`` with its size."""
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
        for page in pages:
            for item in page.get("Contents", ()):
                yield item["Key"], int(item["Size"])

    def delete_keys(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):  # DeleteObjects takes at most 1,000 keys
            batch = [{"Key": key} for key in keys[start:start + 1000]]
            if batch:
                self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})

    def delete_prefix(self, prefix: str) -> None:
        self.delete_keys([key for key, _ in self.keys(prefix)])

    def ensure_bucket(self) -> bool:
        """Create the bucket unless it exists; True when it was created. Raises :class:`StoreUnreachable`."""
        try:
            self._probe.head_bucket(Bucket=self.bucket)
            return False
        except ClientError as error:
            if _code(error) not in _NOT_FOUND:
                raise StoreUnreachable(f"{self.description}: {_reason(error)}") from None
        except BotoCoreError as error:
            raise StoreUnreachable(f"{self.description}: {_reason(error)}") from None
        try:
            self.client.create_bucket(Bucket=self.bucket)
        except (ClientError, BotoCoreError) as error:
            raise StoreUnreachable(f"{self.description} does not exist and could not be created: "
                                   f"{_reason(error)}") from None
        return True


def _reason(error: Exception) -> str:
    if isinstance(error, ClientError):
        detail = error.response.get("Error", {})
        return f"{detail.get('Code', '?')} ({detail.get('Message') or 'no message'})"
    return str(error)


def _stream(body) -> Iterator[bytes]:
    try:
        while chunk := body.read(_READ_SIZE):
            yield chunk
    finally:
        body.close()


class _Multipart:
    """A multipart upload of one key: parts in order, then completed, or aborted (nothing is published)."""

    def __init__(self, store: S3Store, key: str) -> None:
        self.store, self.key = store, key
        self.upload_id = store.client.create_multipart_upload(Bucket=store.bucket, Key=key)["UploadId"]
        self.parts: list[dict] = []

    def add(self, data: bytes) -> None:
        number = len(self.parts) + 1
        answer = self.store.client.upload_part(Bucket=self.store.bucket, Key=self.key, UploadId=self.upload_id,
                                               PartNumber=number, Body=io.BytesIO(data))
        self.parts.append({"ETag": answer["ETag"], "PartNumber": number})

    def complete(self) -> None:
        self.store.client.complete_multipart_upload(Bucket=self.store.bucket, Key=self.key, UploadId=self.upload_id,
                                                    MultipartUpload={"Parts": self.parts})

    def abort(self) -> None:
        try:
            self.store.client.abort_multipart_upload(Bucket=self.store.bucket, Key=self.key,
                                                     UploadId=self.upload_id)
        except (ClientError, BotoCoreError):
            pass  # the bucket's lifecycle rule for incomplete uploads (README) removes what is left
