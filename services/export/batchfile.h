// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "exportspec.h"

// Reads hypersdk's job YAML: one job, or `jobs: [...]`, each with `name`, `vm_path`, `output_path`
// (or `output_dir`) and `options` (parallel_downloads, remove_cdrom, ...). `defaults` fills what a
// job leaves out. On error returns nothing and sets `error` to a message naming the job.
QList<ExportSpec> readBatchFile(const QByteArray& yaml, const ExportSpec& defaults, QString* error);
