#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a gzipped man page for a built vmdesk program from its own --help and --version (help2man).
# For vmdeskctl it adds a COMMANDS section with every command's --help (and the metadata
# subcommands'), so the page lists the options the program really has.
# Usage: manpage.sh <help2man> <program binary> <name line> <extra.h2m> <output.1.gz>
set -eu
help2man=$1 binary=$2 name=$3 extra=$4 output=$5
program=$(basename "$binary")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Called by name from PATH, so that usage lines say "vmdeskctl", not the build path; in the C
# locale, so that the page is English whatever the builder's language.
PATH=$(dirname "$binary"):$PATH
LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
export PATH LC_ALL LANG LANGUAGE
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY

# Help text as a roff no-fill block; backslashes and leading dots or quotes are escaped.
preformatted() {
  printf '.nf\n'
  sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
  printf '.fi\n'
}

cp "$extra" "$work/include.h2m"
if [ "$program" = vmdeskctl ]; then
  commands=$("$program" --help | sed -n '/^Commands:/,/^$/ s/^  \([a-z][a-z-]*\) .*/\1/p')
  [ -n "$commands" ] || { echo "manpage.sh: vmdeskctl --help lists no commands" >&2; exit 1; }
  {
    printf '[COMMANDS]\n'
    for command in $commands; do
      printf '.SS "%s %s"\n' "$program" "$command"
      "$program" "$command" --help | preformatted
      # Commands with their own commands say so ("Run 'vmdeskctl metadata <command> --help'").
      subcommands=""
      if "$program" "$command" --help | grep -q "$program $command <command> --help"; then
        subcommands=$("$program" "$command" --help | sed -n "s/^$program $command \\([a-z][a-z-]*\\) .*/\\1/p" | sort -u)
      fi
      for subcommand in $subcommands; do
        printf '.SS "%s %s %s"\n' "$program" "$command" "$subcommand"
        "$program" "$command" "$subcommand" --help | preformatted
      done
    done
  } >>"$work/include.h2m"
fi

"$help2man" --no-info --no-discard-stderr --section=1 --name="$name" --include="$work/include.h2m" \
  --output="$work/$program.1" "$program"
gzip -9 -n -c "$work/$program.1" >"$output"
