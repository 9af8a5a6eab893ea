// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class MetadataEditSession;
class QWidget;

// Asks what to do when the open document changed in its store (the file on disk, or the database
// row somebody else saved) while the editor has unsaved changes: reload theirs, keep mine, or
// look at the differences first. Never merges silently.
class ChangedOnDiskPrompt
{
    // The file's texts were first translated as the Metadata page's.
    Q_DECLARE_TR_FUNCTIONS(MetadataPage)
public:
    static void ask(QWidget* parent, MetadataEditSession* session);
};
