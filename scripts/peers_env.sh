# Sourced (`. scripts/peers_env.sh`) by the scripts that set the peers beside
# omen's variants. The peers are plugins (issue 20), built by CMake from
# the user's checkouts into <build>/plugins/ (README, "Peers"):
#   cmake -S . -B build-peers -DOMEN_PGM_DIR=... -DOMEN_RADIXSPLINE_DIR=... \
#         [-DOMEN_ALEX_DIR=... -DOMEN_LIPP_DIR=...]
#   cmake --build build-peers --target peer_pgm peer_radixspline
# Each peer found in build/plugins or build-peers/plugins (first wins) is
# appended to OMEN_PLUGINS, which omen-bench and omen-check load; then
# `peers_have NAME` says whether it was found. Run from the repository root.
for _peer in peer_pgm peer_radixspline peer_alex peer_lipp; do
    for _dir in build/plugins build-peers/plugins; do
        [ -f "$_dir/$_peer.so" ] || continue
        case ":${OMEN_PLUGINS:-}:" in
        *"/$_peer.so:"*) ;;
        *) OMEN_PLUGINS="${OMEN_PLUGINS:+$OMEN_PLUGINS:}$PWD/$_dir/$_peer.so" ;;
        esac
        break
    done
done
unset _peer _dir
export OMEN_PLUGINS

peers_have() {
    case ":${OMEN_PLUGINS:-}:" in *"/$1.so:"*) return 0 ;; esac
    return 1
}
