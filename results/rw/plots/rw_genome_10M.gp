# Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	0.595	0.471633	0.705386
0.79	0.531	0.488283	0.655414
1.79	0.514	0.456958	0.576504
2.79	0.527	0.46394	0.57499
3.79	0.366	0.300734	0.41613
4.79	0.572	0.473867	0.667576
5.79	0.515	0.417872	0.598354
EOD
$d1 << EOD
-0.07	1.541	1.46275	1.83757
0.93	1.479	1.13129	1.79214
1.93	1.542	1.03226	1.76743
2.93	1.775	1.36562	2.19822
3.93	0.428	0.227982	0.481348
4.93	1.214	0.569168	1.29698
5.93	1.405	0.929861	1.50432
EOD
$d2 << EOD
0.07	1.039	0.76772	1.06382
1.07	1.023	0.966371	1.14378
2.07	0.866	0.819135	0.908388
3.07	0.896	0.805145	1.26964
4.07	0.309	0.291345	0.364205
5.07	1.025	0.710204	1.10634
6.07	1.093	0.640629	1.18358
EOD
$d3 << EOD
0.21	0.153	0.145968	0.156309
1.21	0.147	0.132825	0.161287
2.21	0.171	0.153674	0.187164
3.21	0.2	0.190428	0.223714
4.21	0.045	0.0425259	0.0474677
5.21	0.128	0.0993213	0.156063
6.21	0.143	0.130874	0.151111
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 51551cee61c5 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T22:57:08Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0315007:2.96759]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
