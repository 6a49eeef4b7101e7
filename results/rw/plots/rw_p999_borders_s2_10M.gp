# Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	23516	23516	23516
0.666667	23896	23896	23896
1.66667	25108	25108	25108
2.66667	24597	24597	24597
3.66667	27543	27543	27543
4.66667	24667	24667	24667
5.66667	24478	24478	24478
EOD
$d1 << EOD
-0.2	11602	11602	11602
0.8	11072	11072	11072
1.8	11182	11182	11182
2.8	829441	829441	829441
3.8	29477	29477	29477
4.8	12124	12124	12124
5.8	12965	12965	12965
EOD
$d2 << EOD
-0.0666667	23135	23135	23135
0.933333	25829	25829	25829
1.93333	24648	24648	24648
2.93333	24879	24879	24879
3.93333	29516	29516	29516
4.93333	24226	24226	24226
5.93333	28235	28235	28235
EOD
$d3 << EOD
0.0666667	56829	56829	56829
1.06667	60883	60883	60883
2.06667	69122	69122	69122
3.06667	70563	70563	70563
4.06667	124695	124695	124695
5.06667	72960	72960	72960
6.06667	80684	80684	80684
EOD
$d4 << EOD
0.2	26591	26591	26591
1.2	30938	30938	30938
2.2	31951	31951	31951
3.2	34075	34075	34075
4.2	33284	33284	33284
5.2	30960	30960	30960
6.2	27714	27714	27714
EOD
$d5 << EOD
0.333333	30629	30629	30629
1.33333	35708	35708	35708
2.33333	42372	42372	42372
3.33333	40306	40306	40306
4.33333	94078	94078	94078
6.33333	27772	27772	27772
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [8201.48:1.11975e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (10000, 20000, 50000, 100000, 200000, 500000, 1e+06)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
