// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text a guest or a server chose (a VM name, a packet code, a port URI) made safe to show in a
// log line, a table cell or a status file: control and format characters become visible escapes
// (\n, \x1b, \u202e) and a backslash is doubled, so nobody can forge a log line, move the cursor
// of a terminal or reverse the text around it, and the original stays readable.
QString printable(QStringView text);
