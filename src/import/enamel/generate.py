# Runs one ENAMEL row's input generator and expert in Brisk's sandbox, at import time only.
# Reads a job (JSON) from stdin and writes the result (JSON) to the file named by argv[1]:
# the entry's parameters and annotations (from the prompt, by ast), the docstring, every
# level's generated arguments and the expert's output on them, all in Brisk's wire encoding.
# Generators run as ENAMEL runs them: prompt and generator executed in a fresh scope holding
# `time` and the checkout's datautils names, the global `random` seeded per case.
import ast
import copy
import json
import os
import random
import sys
import time
import types

# The wire encoder of the trusted Python parts (copied beside this script); the runners' C
# encoder is held to the same output by a test.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from supervisor_wire import encode  # noqa: E402


def signature(prompt, entry):
    tree = ast.parse(prompt)
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == entry), None)
    if fn is None:
        raise LookupError("the prompt defines no function named %r" % entry)
    a = fn.args
    if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
        raise LookupError("%s takes *args, **kwargs or keyword-only parameters" % entry)

    def note(x):
        return ast.unparse(x) if x is not None else None

    params = [{"name": p.arg, "annotation": note(p.annotation)} for p in a.args]
    return params, note(fn.returns), ast.get_docstring(fn) or ""


class Failure(Exception):
    def __init__(self, stage, where, err):
        super().__init__("%s: %s" % (type(err).__name__, str(err)[:400]))
        self.stage, self.where = stage, where


def main():
    job = json.load(sys.stdin)
    datautils = types.ModuleType("enam.datautils")
    exec(compile(job["datautils"], "enam/datautils.py", "exec"), datautils.__dict__)
    prompt, entry = job["prompt"], job["entry"]
    result = {"ok": True}
    try:
        try:
            result["params"], result["returns"], result["docstring"] = signature(prompt, entry)
        except (SyntaxError, LookupError) as e:
            raise Failure("prompt", "", e) from e
        generator = compile(prompt + "\n" + job["generator"], "<input_generator>", "exec")
        reference = compile(prompt + "\n" + job["reference"], "<reference_solution>", "exec")
        levels, outputs, offset = [], [], 0
        for lid, (size, count) in enumerate(zip(map(int, job["sizes"]), job["counts"], strict=True)):
            level_args, level_out = [], []
            for cid in range(count):
                where = "level %d case %d" % (lid, cid)
                try:
                    scope = dict(time=time, **vars(datautils))
                    exec(generator, scope)
                    random.seed(job["seed"] ^ job["index"] ^ (offset + cid))
                    args = tuple(scope["generate_input"](size=size, lid=lid, cid=cid))
                except Exception as e:  # noqa: BLE001 - reported per row, the import goes on
                    raise Failure("generate", where, e) from e
                try:
                    ns = {"time": time}
                    exec(reference, ns)
                    output = ns[entry](*copy.deepcopy(args))
                except Exception as e:  # noqa: BLE001
                    raise Failure("reference", where, e) from e
                try:
                    level_args.append([encode(a) for a in args])
                    level_out.append(encode(output))
                except (TypeError, ValueError) as e:
                    raise Failure("encode", where, e) from e
            levels.append(level_args)
            outputs.append(level_out)
            offset += count
        result["levels"], result["outputs"] = levels, outputs
    except Failure as f:
        result = {"ok": False, "stage": f.stage, "where": f.where, "message": str(f)}
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(result, out, allow_nan=False)


sys.setrecursionlimit(100000)
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)  # big ints cross as decimal strings
main()
