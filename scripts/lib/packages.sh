# shellcheck shell=bash
# Debian package checks shared by scripts/quickstart.sh, scripts/test.sh,
# bench/whole_process.sh and .ci/run. Source it; do not run it.
# FACTSHEET_PACKAGES is what building and testing needs, FACTSHEET_FUZZ_PACKAGES what the
# fuzz build adds.
#
#   fs_missing_packages PKG...   prints the packages that are not installed, one a line
#   fs_ensure_packages PKG...    installs the missing ones (asks before using sudo)
#
# FACTSHEET_SKIP_PACKAGES=1 skips the check (for machines set up by other means).

# What building and testing factsheet needs on Debian 12 (chromium-headless-shell: the
# browser test of the HTML report).
# shellcheck disable=SC2034  # used by the scripts that source this file
FACTSHEET_PACKAGES=(
  build-essential cmake pkg-config
  libre2-dev libboost-dev libxlsxwriter-dev libminizip-dev libgtest-dev nlohmann-json3-dev libcli11-dev
  libgumbo-dev libpoppler-cpp-dev libuchardet-dev libudunits2-dev libabsl-dev libsimdjson-dev
  unicode-cldr-core unicode-data iso-codes wamerican wordnet-base
  python3-openpyxl python3-distributed
  chromium-headless-shell
)

# What the fuzz build (scripts/test.sh --fuzz) needs on top: clang 16 with libFuzzer and
# its sanitizer runtimes, and the zip and XML libraries the writers' fuzz target checks
# workbooks with.
# shellcheck disable=SC2034
FACTSHEET_FUZZ_PACKAGES=(
  clang-16 libclang-rt-16-dev libfuzzer-16-dev libzip-dev libxml2-dev
)

fs_info() { printf '==> %s\n' "$*" >&2; }
fs_warn() { printf 'warning: %s\n' "$*" >&2; }
fs_die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

fs_missing_packages() {
  local pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || printf '%s\n' "$pkg"
  done
}

# True when apt has no package lists yet (a fresh container), so install would find nothing.
fs_apt_lists_empty() {
  ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

# Runs apt-get (update, then install) as root or through sudo: "$1" is "" or "sudo".
fs_apt_install() {
  local sudo=$1
  shift
  local -a run=(env DEBIAN_FRONTEND=noninteractive)
  [[ -n $sudo ]] && run=(sudo env DEBIAN_FRONTEND=noninteractive)
  if fs_apt_lists_empty; then
    fs_info "apt has no package lists yet: running apt-get update"
    "${run[@]}" apt-get update -q || fs_die "apt-get update failed"
  fi
  if ! "${run[@]}" apt-get install -y -q --no-install-recommends "$@"; then
    # Stale lists make apt ask for files the mirror no longer has: refresh once, retry.
    fs_info "apt-get install failed: refreshing the package lists and trying again"
    "${run[@]}" apt-get update -q || fs_die "apt-get update failed"
    "${run[@]}" apt-get install -y -q --no-install-recommends "$@" ||
      fs_die "could not install: $*"
  fi
}

fs_ensure_packages() {
  if [[ ${FACTSHEET_SKIP_PACKAGES:-0} == 1 ]]; then
    fs_info "FACTSHEET_SKIP_PACKAGES=1: not checking Debian packages"
    return 0
  fi
  if ! command -v dpkg-query >/dev/null 2>&1; then
    fs_warn "dpkg-query not found: this is not a Debian system, so packages are not checked."
    fs_warn "Make sure these (or their equivalents) are installed: $*"
    return 0
  fi

  local -a missing
  mapfile -t missing < <(fs_missing_packages "$@")
  if ((${#missing[@]} == 0)); then
    fs_info "Debian packages: all ${#} present"
    return 0
  fi
  fs_info "Debian packages missing: ${missing[*]}"

  local cmd="apt-get install -y --no-install-recommends ${missing[*]}"
  if ((EUID == 0)); then
    fs_apt_install "" "${missing[@]}"
  elif ! command -v sudo >/dev/null 2>&1; then
    printf '\nThese packages are needed but you are not root and sudo is not installed.\n' >&2
    printf 'Install them as root, then run this script again:\n\n    %s\n\n' "$cmd" >&2
    exit 1
  elif [[ ! -t 0 ]]; then
    printf '\nThese packages are needed and installing them needs root. No terminal to ask on,\n' >&2
    printf 'so nothing was installed. Run this, then this script again:\n\n    sudo %s\n\n' "$cmd" >&2
    exit 1
  else
    printf '\nInstalling them needs root. This will run:\n\n    sudo %s\n\n' "$cmd" >&2
    local answer
    read -r -p "Use sudo to install them now? [y/N] " answer
    case $answer in
      [yY] | [yY][eE][sS]) fs_apt_install sudo "${missing[@]}" ;;
      *)
        printf 'Nothing installed. Install the packages above, then run this script again.\n' >&2
        exit 1
        ;;
    esac
  fi

  mapfile -t missing < <(fs_missing_packages "$@")
  ((${#missing[@]} == 0)) || fs_die "still missing after install: ${missing[*]}"
  fs_info "Debian packages installed"
}

# Number of parallel build jobs: FACTSHEET_JOBS, else the number of cores.
fs_jobs() {
  if [[ -n ${FACTSHEET_JOBS:-} ]]; then
    printf '%s\n' "$FACTSHEET_JOBS"
  else
    nproc 2>/dev/null || printf '2\n'
  fi
}
