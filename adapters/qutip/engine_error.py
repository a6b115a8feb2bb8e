"""The errors the adapter reports to qmebench as JSON-RPC errors (src/external/engine-connection.ts)."""


class EngineError(Exception):
    """A failure reported with this code: each becomes the error a built-in engine would throw."""

    UNSUPPORTED = -32000
    NO_STEADY_STATE = -32001
    RATE_DIVERGENCE = -32002
    METHOD_NOT_FOUND = -32601
    INVALID_PARAMS = -32602

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
