// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Cuts the guest's serial data into packet lines: buffers until LF, strips CR and NUL, keeps only
// lines that start with "!!" (everything else is console noise), and caps a line's length. After an
// overlong line it skips to the next LF and carries on; it never gives up on the stream.
class LineFramer
{
public:
    explicit LineFramer(qsizetype maxLineLength = 64 * 1024);

    QList<QByteArray> feed(QByteArrayView bytes);

    qsizetype noiseLines() const { return m_noise; }
    qsizetype overlongLines() const { return m_overlong; }
    qsizetype buffered() const { return m_line.size(); }

private:
    void finishLine(QList<QByteArray>& lines);

    qsizetype m_maxLineLength;
    QByteArray m_line;
    bool m_skipping = false;
    qsizetype m_noise = 0;
    qsizetype m_overlong = 0;
};
