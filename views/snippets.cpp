// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippets.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Snippets {
QList<Snippet> all()
{
    // Placeholders (the key, the proxy host) are left obviously fake so nobody ships them by accident.
    return {
        { u"users"_s, QCoreApplication::translate("Snippets", "User with SSH key and sudo"), uR"(users:
  - default
  - name: admin
    groups: [sudo]
    shell: /bin/bash
    sudo: ALL=(ALL) NOPASSWD:ALL
    lock_passwd: true
    ssh_authorized_keys:
      - ssh-ed25519 REPLACE_WITH_YOUR_PUBLIC_KEY admin@example.com)"_s },
        { u"packages"_s, QCoreApplication::translate("Snippets", "Packages, with update and upgrade"),
            uR"(package_update: true
package_upgrade: true
packages:
  - curl
  - qemu-guest-agent)"_s },
        { u"write_files"_s, QCoreApplication::translate("Snippets", "Write a file"), uR"(write_files:
  - path: /etc/motd
    owner: root:root
    permissions: '0644'
    content: |
      Managed by cloud-init.)"_s },
        { u"runcmd"_s, QCoreApplication::translate("Snippets", "Run commands on first boot"), uR"(runcmd:
  - [systemctl, enable, --now, qemu-guest-agent]
  - echo "first boot done" >> /var/log/first-boot.log)"_s },
        { u"timezone"_s, QCoreApplication::translate("Snippets", "Time zone"), u"timezone: Etc/UTC"_s },
        { u"growpart"_s, QCoreApplication::translate("Snippets", "Grow the root partition"), uR"(growpart:
  mode: auto
  devices: ['/']
  ignore_growroot_disabled: false
resize_rootfs: true)"_s },
        { u"ntp"_s, QCoreApplication::translate("Snippets", "NTP servers"), uR"(ntp:
  enabled: true
  pools:
    - 0.debian.pool.ntp.org
    - 1.debian.pool.ntp.org)"_s },
        { u"swap"_s, QCoreApplication::translate("Snippets", "Swap file"), uR"(swap:
  filename: /swap.img
  size: 2G
  maxsize: 2G)"_s },
        { u"apt_proxy"_s, QCoreApplication::translate("Snippets", "APT proxy"), uR"(apt:
  http_proxy: http://proxy.example.com:3128
  https_proxy: http://proxy.example.com:3128)"_s },
        { u"power_state"_s, QCoreApplication::translate("Snippets", "Reboot when done"), uR"(power_state:
  mode: reboot
  delay: now
  message: Rebooting after first-boot configuration
  timeout: 30
  condition: true)"_s },
    };
}

Snippet find(const QString& name)
{
    for (const Snippet& snippet : all()) {
        if (snippet.name == name) {
            return snippet;
        }
    }
    return {};
}
} // namespace Snippets
