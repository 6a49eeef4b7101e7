# Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	23846	23846	23846
0.666667	24797	24797	24797
1.66667	24738	24738	24738
2.66667	24026	24026	24026
3.66667	28243	28243	28243
4.66667	25539	25539	25539
5.66667	23837	23837	23837
EOD
$d1 << EOD
-0.2	15960	15960	15960
0.8	12203	12203	12203
1.8	12926	12926	12926
2.8	858386	858386	858386
3.8	27674	27674	27674
4.8	12624	12624	12624
5.8	15841	15841	15841
EOD
$d2 << EOD
-0.0666667	14939	14939	14939
0.933333	18726	18726	18726
1.93333	22324	22324	22324
2.93333	14808	14808	14808
3.93333	27732	27732	27732
4.93333	1974	1974	1974
5.93333	20349	20349	20349
EOD
$d3 << EOD
0.0666667	63792	63792	63792
1.06667	61599	61599	61599
2.06667	59173	59173	59173
3.06667	59623	59623	59623
4.06667	109007	109007	109007
5.06667	59865	59865	59865
6.06667	53302	53302	53302
EOD
$d4 << EOD
0.2	15399	15399	15399
1.2	18136	18136	18136
2.2	22865	22865	22865
3.2	21932	21932	21932
4.2	25971	25971	25971
5.2	16903	16903	16903
6.2	20279	20279	20279
EOD
$d5 << EOD
0.333333	17273	17273	17273
1.33333	28535	28535	28535
2.33333	30608	30608	30608
3.33333	31290	31290	31290
4.33333	44214	44214	44214
6.33333	27181	27181	27181
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:17:34Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [1462.22:1.15882e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
