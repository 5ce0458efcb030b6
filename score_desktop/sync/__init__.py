"""The client side of sync: transport, push/pull engine, resumable photo upload."""
