#!/usr/bin/env bash
# Makes a container base image without a registry or a daemon, for building the service's image
# where Docker Hub cannot be reached (as on the machines this was built on):
#   scripts/base-image.sh [OUT_DIR]      (default target/base-image; writes OUT_DIR/base.tar)
# The image holds a Java runtime cut by jlink from this machine's JDK to the modules the service
# uses, the C libraries it links against, a non-root user (65532) and an empty /tmp; nothing else
# (no shell, no package manager). It is a `docker save` tarball, which Jib takes as a base:
#   mvn -pl server -am package jib:buildTar -Djib.from.image=tar://$PWD/target/base-image/base.tar
# Where a registry can be reached, the pom's default base (eclipse-temurin:17-jre) needs none of this.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/base-image}
rm -rf "$out"
root="$out/rootfs"
mkdir -p "$root" "$out/image"

# The modules the server's libraries use: XML (POI), logging, management and jdk.management
# (metrics), naming, SQL types (Jackson, POI), java.desktop (java.beans and java.awt.Color in POI
# and Jackson), XML signatures (POI's encryption info), extra charsets (.xls code pages),
# jdk.unsupported (Unsafe), elliptic curves (TLS), and the HTTP client.
modules=java.base,java.xml,java.logging,java.management,jdk.management,java.naming,java.sql
modules=$modules,java.desktop,java.xml.crypto,jdk.charsets,jdk.unsupported,jdk.crypto.ec
modules=$modules,java.net.http
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$root/opt/java"

# The C libraries the runtime links against, and the dynamic loader, at the same paths.
for f in "$root/opt/java/bin/java" "$root"/opt/java/lib/*.so "$root"/opt/java/lib/server/*.so; do
  ldd "$f" 2>/dev/null | awk '/=> \// {print $3} /^[[:space:]]*\// {print $1}'
done | sort -u | while read -r lib; do
  [ -e "$lib" ] && cp -L --parents "$lib" "$root"
done
for loader in /lib64/ld-linux-x86-64.so.2 /lib/ld-linux-aarch64.so.1; do
  [ -e "$loader" ] && cp -L --parents "$loader" "$root"
done

mkdir -p "$root/etc" "$root/tmp" "$root/home/nonroot"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' \
  > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

tar --numeric-owner --owner=0 --group=0 --sort=name --mtime=@0 -C "$root" \
  -cf "$out/image/layer.tar" .
python3 - "$out/image" <<'EOF'
import hashlib, json, os, platform, sys
d = sys.argv[1]
layer = hashlib.sha256(open(os.path.join(d, "layer.tar"), "rb").read()).hexdigest()
arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
config = {
    "architecture": arch, "os": "linux",
    "config": {"Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java"],
               "User": "65532:65532", "WorkingDir": "/home/nonroot"},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + layer]},
    "history": [{"created_by": "scripts/base-image.sh: jlink runtime and its C libraries"}],
}
body = json.dumps(config, sort_keys=True).encode()
name = hashlib.sha256(body).hexdigest() + ".json"
open(os.path.join(d, name), "wb").write(body)
json.dump([{"Config": name, "RepoTags": ["scorecard-base:local"], "Layers": ["layer.tar"]}],
          open(os.path.join(d, "manifest.json"), "w"))
EOF
(cd "$out/image" && tar -cf ../base.tar -- *)
rm -rf "$out/image"
echo "base image: $out/base.tar ($(du -h "$out/base.tar" | cut -f1)); runtime: $("$root/opt/java/bin/java" -version 2>&1 | head -1)"
