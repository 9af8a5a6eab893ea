// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineframer.h"

LineFramer::LineFramer(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength)
{ }

void LineFramer::finishLine(QList<QByteArray>& lines)
{
    if (m_skipping) {
        m_skipping = false;
    } else if (m_line.startsWith("!!")) {
        lines.append(m_line);
    } else if (!m_line.isEmpty()) {
        ++m_noise;
    }
    m_line.clear();
}

QList<QByteArray> LineFramer::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    for (const char c : bytes) {
        if (c == '\n') {
            finishLine(lines);
        } else if (c == '\r' || c == '\0' || m_skipping) {
            continue;
        } else if (m_line.size() >= m_maxLineLength) {
            ++m_overlong;
            m_skipping = true;
            m_line.clear();
        } else {
            m_line.append(c);
        }
    }
    return lines;
}
