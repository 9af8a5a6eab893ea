#!/bin/busybox sh
# /init of the QEMU test guest (busybox): fetch the three payloads over the second serial port
# exactly as a cloud-init helper would, print them on the console between markers, power off.
/bin/busybox --install -s /bin
mount -t devtmpfs dev /dev
mount -t proc proc /proc
stty -F /dev/ttyS1 115200 raw -echo
exec 3<>/dev/ttyS1
mkdir -p /seed

fetch() {
    printf '!!REQUEST_%s#\n' "$1" >&3
    while read -t 30 -r line <&3; do
        line=$(printf '%s' "$line" | tr -d '\r')
        case "$line" in
        "!!RESPONSE_$1#"*) printf '%s' "${line#*#}" | base64 -d > "/seed/$2"; return 0 ;;
        "!!ERROR#"*) echo "VMDESK-ERROR $(printf '%s' "${line#*#}" | base64 -d)"; return 1 ;;
        esac
    done
    echo "VMDESK-TIMEOUT $1"
    return 1
}

if fetch METADATA meta-data && fetch USERDATA user-data && fetch NETWORKDATA network-config; then
    for f in meta-data user-data network-config; do
        echo "===VMDESK-BEGIN $f"
        cat "/seed/$f"
        echo
        echo "===VMDESK-END $f"
    done
fi
echo "===VMDESK-DONE"
reboot -f
