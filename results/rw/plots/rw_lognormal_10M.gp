# Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.409	1.18184	1.44891
0.666667	1.291	1.18973	1.31346
1.66667	1.158	1.04989	1.19533
2.66667	1.084	1.06828	1.13213
3.66667	0.744	0.7255	0.755288
4.66667	1.262	1.21605	1.29334
5.66667	1.606	1.54765	1.69845
EOD
$d1 << EOD
-0.2	4.038	3.74786	4.18855
0.8	3.664	3.53201	3.78591
1.8	3.76	3.67716	3.92077
2.8	4.386	4.29886	4.54058
3.8	1.12	1.06944	1.13454
4.8	3.691	3.64206	3.79092
5.8	3.639	3.27674	3.75766
EOD
$d2 << EOD
-0.0666667	3.905	3.72053	3.96383
0.933333	3.403	3.38756	3.67276
1.93333	3.243	3.16445	3.46951
2.93333	3.174	3.01066	3.35977
3.93333	0.905	0.894731	1.01916
4.93333	3.472	3.36286	3.94783
5.93333	3.394	3.14666	3.73406
EOD
$d3 << EOD
0.0666667	0.172	0.167704	0.179159
1.06667	0.154	0.144519	0.15675
2.06667	0.162	0.150213	0.164106
3.06667	0.175	0.165723	0.177702
4.06667	0.048	0.0468764	0.0490079
5.06667	0.142	0.138347	0.149397
6.06667	0.171	0.167389	0.182933
EOD
$d4 << EOD
0.2	6.236	5.92168	6.91501
1.2	4.1	3.93664	4.47856
2.2	3.079	2.94661	3.33713
3.2	2.799	2.52601	3.14881
4.2	1.241	1.14075	1.2527
5.2	4.058	3.89363	4.32944
6.2	3.796	3.5542	3.96087
EOD
$d5 << EOD
0.333333	2.033	1.85282	2.10641
1.33333	1.181	1.04344	1.18675
2.33333	0.747	0.689556	0.75684
3.33333	0.632	0.593078	0.698927
4.33333	0.138	0.130993	0.140659
6.33333	1.103	1.0357	1.14345
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0347233:9.33526]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
