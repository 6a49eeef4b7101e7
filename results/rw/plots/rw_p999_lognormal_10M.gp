# Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	21652	21652	21652
0.666667	23877	23877	23877
1.66667	25469	25469	25469
2.66667	23897	23897	23897
3.66667	27023	27023	27023
4.66667	24287	24287	24287
5.66667	16253	16253	16253
EOD
$d1 << EOD
-0.2	4650	4650	4650
0.8	8127	8127	8127
1.8	10671	10671	10671
2.8	825803	825803	825803
3.8	25227	25227	25227
4.8	17224	17224	17224
5.8	10591	10591	10591
EOD
$d2 << EOD
-0.0666667	1384	1384	1384
0.933333	1382	1382	1382
1.93333	1223	1223	1223
2.93333	3938	3938	3938
3.93333	26370	26370	26370
4.93333	3799	3799	3799
5.93333	12305	12305	12305
EOD
$d3 << EOD
0.0666667	55716	55716	55716
1.06667	56448	56448	56448
2.06667	46429	46429	46429
3.06667	49214	49214	49214
4.06667	98187	98187	98187
5.06667	52471	52471	52471
6.06667	44626	44626	44626
EOD
$d4 << EOD
0.2	4009	4009	4009
1.2	14629	14629	14629
2.2	16693	16693	16693
3.2	14026	14026	14026
4.2	25720	25720	25720
5.2	15669	15669	15669
6.2	18937	18937	18937
EOD
$d5 << EOD
0.333333	24797	24797	24797
1.33333	27543	27543	27543
2.33333	28905	28905	28905
3.33333	31561	31561	31561
4.33333	55286	55286	55286
6.33333	27052	27052	27052
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen ee6521c0f5ad | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T03:03:20Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 6
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("rw:90" 0, "rw:50" 1, "rw:10" 2, "rw:0" 3, "scan:100" 4, "delete:10" 5, "shift" 6)
set xtics rotate by 30 right
set xrange [-0.6:6.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [905.926:1.11483e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
