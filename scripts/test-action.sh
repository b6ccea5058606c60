#!/usr/bin/env bash
# Runs the GitHub Action's own steps (action.yml) here, as a runner would, on the sample workbook:
# each `run:` step with its `env:` worked out from the inputs, each `uses:` step reported and
# skipped (it sets up Java, which is here already). Checks the annotations, the exit codes, a SARIF
# report, and the download of a release's jar against its SHA256SUMS, from a release laid out in a
# folder as the release workflow lays it out. Needs the validator jar (built if missing), python3
# with PyYAML. About half a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=validator/target/scorecard-validator.jar
[ -f "$jar" ] || mvn -B -ntp -q package -DskipTests -pl validator -am
exec python3 - "$jar" <<'EOF'
import hashlib, json, os, re, shutil, subprocess, sys, tempfile
import yaml

JAR = os.path.abspath(sys.argv[1])
ROOT = os.getcwd()
SAMPLE = "workbook-templates/samples/sample-scorecard.xlsx"
action = yaml.safe_load(open("action.yml"))
defaults = {k: v.get("default", "") for k, v in action["inputs"].items()}


def run_action(inputs, extra_env=None):
    """Runs the steps as a runner would; returns (exit code of the failed or last step, output, steps)."""
    given = dict(defaults, **inputs)
    temp = tempfile.mkdtemp()
    context = {"inputs": given, "steps": {},
               "github": {"action_repository": "your-org/scorecard", "action_ref": "v1",
                          "token": ""},
               "runner": {"temp": temp}}

    def value(expr):
        for part in expr.split("||"):
            obj = context
            for key in part.strip().split("."):
                obj = obj.get(key, "") if isinstance(obj, dict) else ""
            if obj:
                return str(obj)
        return ""

    def expand(text):
        return re.sub(r"\$\{\{\s*(.*?)\s*\}\}", lambda m: value(m.group(1)), str(text))

    output, code = "", 0
    for step in action["runs"]["steps"]:
        if "uses" in step:
            output += "(skipped %s: %s)\n" % (step["name"], step["uses"])
            continue
        outputs_file = os.path.join(temp, "output-" + step["id"])
        open(outputs_file, "w").close()
        env = dict(os.environ, GITHUB_ACTION_PATH=ROOT, GITHUB_OUTPUT=outputs_file,
                   **(extra_env or {}))
        env.update({k: expand(v) for k, v in step.get("env", {}).items()})
        p = subprocess.run(["bash", "-c", expand(step["run"])], env=env, capture_output=True,
                           text=True, timeout=120)
        output += p.stdout + p.stderr
        outs = dict(line.split("=", 1) for line in open(outputs_file).read().splitlines() if "=" in line)
        context["steps"][step["id"]] = {"outputs": outs}
        code = p.returncode
        if code != 0:
            break
    shutil.rmtree(temp)
    return code, output, context["steps"]


def check(what, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        print(detail)
        sys.exit(1)


code, out, steps = run_action({"path": SAMPLE, "jar": JAR})
check("annotations for the sample's impossible percentage",
      "::error file=" + SAMPLE in out and "112%" in out, out)
check("exit code 1 with fail-on error, as the step's output too",
      code == 1 and steps["check"]["outputs"].get("exit-code") == "1", out)
code, out, _ = run_action({"path": SAMPLE, "jar": JAR, "fail-on": "never"})
check("exit code 0 with fail-on never", code == 0, out)
sarif = os.path.join(tempfile.mkdtemp(), "scorecard.sarif")
code, out, _ = run_action({"path": SAMPLE, "jar": JAR, "format": "sarif", "output": sarif})
report = json.load(open(sarif))
check("a SARIF 2.1.0 report with the finding",
      report["version"] == "2.1.0" and report["runs"][0]["results"], out)

# A release laid out as the release workflow attaches it: the jar and SHA256SUMS.
release = tempfile.mkdtemp()
os.makedirs(os.path.join(release, "v1.0.0"))
shutil.copy(JAR, os.path.join(release, "v1.0.0", "scorecard-validator.jar"))
digest = hashlib.sha256(open(JAR, "rb").read()).hexdigest()
with open(os.path.join(release, "v1.0.0", "SHA256SUMS"), "w") as f:
    f.write(digest + "  scorecard-validator.jar\n" + "0" * 64 + "  scorecard-server.jar\n")
cache = tempfile.mkdtemp()
env = {"SCORECARD_DOWNLOAD": "file://" + release, "SCORECARD_CACHE": cache}
code, out, steps = run_action({"path": SAMPLE, "version": "v1.0.0", "fail-on": "never"}, env)
check("the release's jar downloaded, checked against SHA256SUMS and run",
      code == 0 and "checked against SHA256SUMS" in out
      and steps["jar"]["outputs"]["jar"].endswith("v1.0.0/scorecard-validator.jar"), out)
with open(os.path.join(release, "v1.0.0", "SHA256SUMS"), "w") as f:
    f.write("1" * 64 + "  scorecard-validator.jar\n")
shutil.rmtree(cache)
code, out, _ = run_action({"path": SAMPLE, "version": "v1.0.0"}, env)
check("a jar that does not match SHA256SUMS is refused", code == 2 and "does not match" in out, out)
hooks = yaml.safe_load(open(".pre-commit-hooks.yaml"))
script = [h for h in hooks if h["language"] == "script"][0]
p = subprocess.run([script["entry"], SAMPLE], env=dict(os.environ, SCORECARD_JAR=JAR),
                   capture_output=True, text=True, timeout=120)
check("the pre-commit hook blocks the sample's error",
      p.returncode == 1 and SAMPLE + ":Scorecard!J17: error" in p.stdout, p.stdout + p.stderr)
check("the hooks take workbooks and skip Excel's lock files",
      all(re.search(h["files"], "team/board.xlsm") and re.search(h["exclude"], "team/~$board.xlsx")
          and not re.search(h["files"], "notes.csv") for h in hooks))
print("the action's steps and the pre-commit hook passed")
EOF
