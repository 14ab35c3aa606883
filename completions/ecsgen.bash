# bash completion for ecsgen; installed as share/bash-completion/completions/ecsgen.
# Template names and diagnostic IDs come from the binary itself, env names from the .ecs file on the line,
# so the completion never goes stale.

_ecsgen_envs() {
  local word
  for word in "${COMP_WORDS[@]}"; do
    if [[ "$word" == *.ecs && -r "$word" ]]; then
      sed -n 's/^[[:space:]]*env[[:space:]]\{1,\}\([A-Za-z_][A-Za-z0-9_-]*\).*/\1/p' "$word"
      return
    fi
  done
}

_ecsgen() {
  local cur prev cmd
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  cmd="${COMP_WORDS[1]}"

  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "check compile graph fmt init explain --help --version" -- "$cur"))
    return
  fi

  case "$prev" in
    --env) COMPREPLY=($(compgen -W "$(_ecsgen_envs)" -- "$cur")); return ;;
    --target) COMPREPLY=($(compgen -W "terraform cloudformation both" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --template) COMPREPLY=($(compgen -W "$(ecsgen init --list 2>/dev/null | awk '{print $1}')" -- "$cur")); return ;;
    --format)
      if [[ "$cmd" == graph ]]; then
        COMPREPLY=($(compgen -W "dot mermaid svg" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "text json sarif" -- "$cur"))
      fi
      return ;;
    -o|--out) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
  esac

  local flags=""
  case "$cmd" in
    check) flags="--env --format --strict --color --list --help" ;;
    compile) flags="-o --out --target --env --format --strict --dump-ir --explain-plan --color --help" ;;
    graph) flags="--env --format --help" ;;
    fmt) flags="--check --help" ;;
    init) flags="--template --list --help" ;;
    explain)
      COMPREPLY=($(compgen -W "$(ecsgen check --list 2>/dev/null | awk '{print $1}')" -- "$cur"))
      return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  else
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -X '!*.ecs' -- "$cur") $(compgen -d -- "$cur"))
  fi
}

complete -F _ecsgen ecsgen
