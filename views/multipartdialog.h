// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "cloudinit/mimemultipart.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// User-data of several parts (a cloud-config, shell scripts, a boothook, an include list), built the
// way `cloud-init devel make-mime` builds it. Opens on the current user-data: a multipart message is
// split into its parts, anything else becomes the first part.
class MultipartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MultipartDialog(const QByteArray& userData, QWidget* parent = nullptr);

    QList<MimePart> parts() const { return m_parts; }
    // The MIME message for the parts (a single part is returned as itself: no wrapping needed).
    QByteArray userData() const;

    void addPart(const QString& contentType, const QByteArray& content = {});
    void removePart(int index);

    static QStringList contentTypes();

private:
    void showPart(int index);
    void storeCurrent();

    QList<MimePart> m_parts;
    int m_current = -1;
    QListWidget* m_list;
    QComboBox* m_type;
    QLineEdit* m_filename;
    QPlainTextEdit* m_content;
};
