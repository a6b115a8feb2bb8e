#!/usr/bin/env python3
"""qmebench's QuTiP adapter: the engines qutip-global-lindblad, qutip-local-lindblad and qutip-redfield.

Speaks the external-engine protocol of docs/external-engines.md on standard input and output: one
JSON-RPC 2.0 request per line in, one response per line out (a JSON-RPC batch, a list of requests, is
answered with a list). Logs go to standard error. It ends at the end of its input or on `shutdown`.

    { "engines": [{ "command": ["python3", "adapters/qutip/qmebench_qutip.py"] }] }   # qmebench.config.json

QuTiP (Debian's python3-qutip, 4.7) is imported at the first request that needs it, so `describe` is
fast and works without it (the engines then say in `supports` that QuTiP is missing).
"""

import json
import os
import sys
import traceback

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine_error import EngineError  # noqa: E402
from engines import BY_ID, ENGINES  # noqa: E402

PROTOCOL_VERSION = 1
INTERNAL_ERROR = -32603


def engine_of(params):
    engine = BY_ID.get(params.get("engine"))
    if engine is None:
        raise EngineError(
            EngineError.INVALID_PARAMS, f"no engine {params.get('engine')!r}; this program has {', '.join(BY_ID)}"
        )
    return engine


def built(params):
    """The engine, the decoded problem and its generator, after checking that the engine supports it."""
    from problem_description import Problem  # numpy and QuTiP load here, not at describe

    engine = engine_of(params)
    supported = engine.supports(params["problem"])
    if supported is not True:
        raise EngineError(EngineError.UNSUPPORTED, supported)
    problem = Problem(params["problem"])
    return engine, problem, engine.build(problem, params.get("options", {}))


def handle(method, params):
    if method == "describe":
        return {"protocol": PROTOCOL_VERSION, "engines": [engine.describe() for engine in ENGINES]}
    if method == "supports":
        return engine_of(params).supports(params["problem"])
    import solutions
    from problem_description import matrix

    if method == "steadyState":
        _, problem, generator = built(params)
        result = solutions.steady_state(problem, generator, params.get("initialState"))
        if params.get("currents") and result["rho"] is not None:
            result["currents"] = solutions.currents(problem, generator, matrix(result["rho"]))
        return result
    if method == "currents":
        _, problem, generator = built(params)
        return solutions.currents(problem, generator, matrix(params["rho"]))
    if method == "evolve":
        _, problem, generator = built(params)
        return solutions.evolve(problem, generator, matrix(params["rho0"]), params["times"])
    if method == "generator":
        _, problem, generator = built(params)
        return {
            "liouvillian": solutions.triplets(generator.liouvillian),
            "bathDissipators": {name: solutions.triplets(d) for name, d in generator.bath_dissipators.items()},
        }
    raise EngineError(EngineError.METHOD_NOT_FOUND, f"no method {method!r}")


def respond(request):
    """The response to one request object (None for a notification)."""
    if not isinstance(request, dict) or "method" not in request:
        return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "not a request object"}}
    if "id" not in request:
        if request["method"] == "shutdown":
            sys.exit(0)
        return None
    try:
        result = handle(request["method"], request.get("params", {}))
        return {"jsonrpc": "2.0", "id": request["id"], "result": result}
    except EngineError as error:
        return {"jsonrpc": "2.0", "id": request["id"], "error": {"code": error.code, "message": str(error)}}
    except Exception as error:  # a bug or a numerical failure: its traceback goes with the message
        trace = traceback.format_exc()
        sys.stderr.write(trace)
        message = f"{type(error).__name__}: {error}"
        return {"jsonrpc": "2.0", "id": request["id"], "error": {"code": INTERNAL_ERROR, "message": message, "data": trace}}


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as error:
            response = {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": f"parse error: {error}"}}
        else:
            if isinstance(request, list):
                response = [r for r in map(respond, request) if r is not None]
            else:
                response = respond(request)
        if response is None:
            continue
        try:
            # allow_nan=False: NaN is not JSON, and qmebench would take the line for garbage
            text = json.dumps(response, allow_nan=False)
        except ValueError as error:
            failure = {"code": INTERNAL_ERROR, "message": f"the answer holds a non-finite number: {error}"}
            identifier = request.get("id") if isinstance(request, dict) else None
            text = json.dumps({"jsonrpc": "2.0", "id": identifier, "error": failure})
        sys.stdout.write(text + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
