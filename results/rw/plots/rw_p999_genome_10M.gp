# Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	24929	24929	24929
0.79	52751	52751	52751
1.79	25207	25207	25207
2.79	25508	25508	25508
3.79	28204	28204	28204
4.79	26702	26702	26702
5.79	25719	25719	25719
EOD
$d1 << EOD
-0.07	18003	18003	18003
0.93	29156	29156	29156
1.93	11564	11564	11564
2.93	3.03215e+06	3.03215e+06	3.03215e+06
3.93	26760	26760	26760
4.93	20630	20630	20630
5.93	13665	13665	13665
EOD
$d2 << EOD
0.07	22485	22485	22485
1.07	29434	29434	29434
2.07	22884	22884	22884
3.07	22213	22213	22213
4.07	26832	26832	26832
5.07	23466	23466	23466
6.07	22464	22464	22464
EOD
$d3 << EOD
0.21	4.08196e+06	4.08196e+06	4.08196e+06
1.21	2.28101e+06	2.28101e+06	2.28101e+06
2.21	4.12024e+06	4.12024e+06	4.12024e+06
3.21	4.08906e+06	4.08906e+06	4.08906e+06
4.21	8.22522e+06	8.22522e+06	8.22522e+06
5.21	4.20894e+06	4.20894e+06	4.20894e+06
6.21	5.22657e+06	5.22657e+06	5.22657e+06
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 8b71512f9a07 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T23:19:17Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [8565.93:1.1104e+07]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
