/** The help text: the command line of FORMATS.md §3. */
export const usage = `checklist — product security checklists as code

Usage:
  checklist build [DEPLOYMENT.json …]   build customer checklists (all of content/deployments by default)
  checklist check [PATH …] [--strict] [--reporter text|github|json]
                                        validate checklists, deployments and the theme;
                                        nothing is written. PATH: a master (file or folder),
                                        one file of a folder master (only its messages), a
                                        deployment, a theme.json, content/checklists or a
                                        content folder (default: --content)
  checklist init ID [--level LEVEL] [--schema PATH]
                                        print a deployment skeleton for checklist ID
  checklist schema ID                   print a JSON Schema for deployments of checklist ID
  checklist diff ID|DEPLOYMENT.json --from REV [--to REV] [--format markdown|html]
                                        what changed between two versions of a master (from git);
                                        for a deployment, what it means for that customer
  checklist upgrade DEPLOYMENT.json … [--to REV] [--dry-run]
                                        carry the answers over to a newer master version
  checklist import FILE [--into DEPLOYMENT.json] [--dry-run] [--force]
                                        merge the answers of a filled DOCX or a form's saved
                                        JSON into the deployment it was built from
  checklist serve [DEPLOYMENT.json] [--port N]
                                        preview in the browser, rebuilt and reloaded on each save
  checklist doctor                      say what this machine lacks for PDF output (and the tests), and how to get it;
                                        with --content, the characters of the content no font has
  checklist --help | --version

Options:
  --content DIR     content folder (default: content)
  --out DIR         output folder for build (default: dist; never inside --content or the templates)
  --format LIST     build formats, comma-separated: html,pdf,docx,form (default: html,pdf,docx;
                    form: a fillable HTML page, <id>-<version>-form.html)
  --templates DIR   Handlebars templates for HTML and PDF: each file DIR holds (style.css alone,
                    one partial) replaces the built-in one; build, serve, check
  --theme FILE      accent colour, fonts and logo for every format (default: CONTENT/theme.json
                    when it exists); build, serve, check
  --blank ID        build checklist ID as an empty printable checklist (into OUT/blank/)
  --level LEVEL     security level; overrides the deployment's level
  --annex           also write the Statement-of-Work annex (<id>-<version>-annex.*)
  --annex-only      write only the annex
  --offer           write only the offer annex, for before installation: scope, targets and
                    responsibilities, no status (<id>-<version>-offer.*)
  --jobs N          documents rendered at once (default: the machine's available parallelism)
  --shard K/N       build only the K-th of N disjoint, stable parts of the deployments (CI matrix)
  --force           build: rebuild outputs that are up to date; import: accept a file made
                    from another deployment or master version
  --timeout SECONDS time a document may take before it is stopped (default: 300; 0: no limit)
  --docx-page-numbers on|off
                    off: the DOCX is not laid out (much faster): its contents carry no page
                    numbers and Word fills them in on opening (default: on)
  --from REV        diff, upgrade: the older version (a master version, or a git tag or
                    commit); default for a deployment: its checklistVersion
  --to REV          diff, upgrade: the newer version (default: the working tree)
  --dry-run         upgrade: print the change as a unified diff; import: print what would
                    change; either writes nothing
  --into FILE       import: the deployment to merge into (default: the one the file names)
  --limits LIST     raise the input limits, e.g. master=16MB,deployment=8MB,text=1MB,items=10000,depth=64
                    (defaults: master=8MB, deployment=4MB, text=256KB, items=5000, depth=32)
  --strict          check: warnings fail too (exit 1)
  --reporter NAME   check: text (default, on stderr), github (Actions annotations) or json
  --schema PATH     init: the "$schema" the skeleton names (e.g. the file checklist schema wrote)
  --port N          serve: the port on 127.0.0.1 (default: 4173, or a free one when it is taken;
                    0: any free one)

Messages read "file:line:column: error|warning text [rule-id]". Exit codes: 0 success, 1 invalid input
(or a document out of time), 2 wrong usage, 130 stopped by Ctrl-C (143 by SIGTERM), 70 a bug in
checklist (please report it).
`;
