using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Persistencia.Migraciones.Sqlite
{
    /// <inheritdoc />
    public partial class Inicial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "poa_planes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ejercicio = table.Column<int>(type: "INTEGER", nullable: false),
                    dependencia = table.Column<string>(type: "TEXT", nullable: false),
                    unidad_responsable = table.Column<string>(type: "TEXT", nullable: false),
                    dependencia_clave = table.Column<string>(type: "TEXT", nullable: false),
                    unidad_responsable_clave = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poa_planes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "poa_actividades",
                columns: table => new
                {
                    posicion = table.Column<int>(type: "INTEGER", nullable: false),
                    plan_id = table.Column<long>(type: "INTEGER", nullable: false),
                    numero = table.Column<int>(type: "INTEGER", nullable: false),
                    descripcion = table.Column<string>(type: "TEXT", nullable: false),
                    eje_numero = table.Column<int>(type: "INTEGER", nullable: false),
                    eje_nombre = table.Column<string>(type: "TEXT", nullable: false),
                    objetivo_numero = table.Column<string>(type: "TEXT", nullable: false),
                    objetivo_nombre = table.Column<string>(type: "TEXT", nullable: false),
                    programa = table.Column<string>(type: "TEXT", nullable: false),
                    programa_clave = table.Column<string>(type: "TEXT", nullable: false),
                    meta_cantidad = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    meta_unidad = table.Column<string>(type: "TEXT", nullable: false),
                    meta_tipo = table.Column<string>(type: "TEXT", nullable: false),
                    enero = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    febrero = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    marzo = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    abril = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    mayo = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    junio = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    julio = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    agosto = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    septiembre = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    octubre = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    noviembre = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    diciembre = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    medios_de_verificacion = table.Column<string>(type: "TEXT", nullable: false),
                    banda_verde = table.Column<string>(type: "TEXT", nullable: false),
                    banda_amarilla = table.Column<string>(type: "TEXT", nullable: false),
                    banda_roja = table.Column<string>(type: "TEXT", nullable: false),
                    sentido = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poa_actividades", x => new { x.plan_id, x.posicion });
                    table.ForeignKey(
                        name: "fk_poa_actividades_poa_planes",
                        column: x => x.plan_id,
                        principalTable: "poa_planes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "poa_avances",
                columns: table => new
                {
                    actividad = table.Column<int>(type: "INTEGER", nullable: false),
                    mes = table.Column<string>(type: "TEXT", unicode: false, maxLength: 7, nullable: false),
                    plan_id = table.Column<long>(type: "INTEGER", nullable: false),
                    realizado = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    numerador = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    denominador = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    justificacion = table.Column<string>(type: "TEXT", nullable: true),
                    evidencia = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poa_avances", x => new { x.plan_id, x.actividad, x.mes });
                    table.CheckConstraint("ck_poa_avances_realizado_o_variables", "(realizado IS NOT NULL AND numerador IS NULL AND denominador IS NULL) OR (realizado IS NULL AND numerador IS NOT NULL AND denominador IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_poa_avances_poa_planes",
                        column: x => x.plan_id,
                        principalTable: "poa_planes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "poa_firmantes",
                columns: table => new
                {
                    posicion = table.Column<int>(type: "INTEGER", nullable: false),
                    plan_id = table.Column<long>(type: "INTEGER", nullable: false),
                    titulo = table.Column<string>(type: "TEXT", nullable: true),
                    nombre = table.Column<string>(type: "TEXT", nullable: false),
                    cargo = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poa_firmantes", x => new { x.plan_id, x.posicion });
                    table.ForeignKey(
                        name: "fk_poa_firmantes_poa_planes",
                        column: x => x.plan_id,
                        principalTable: "poa_planes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_poa_planes_ejercicio_unidad",
                table: "poa_planes",
                columns: new[] { "ejercicio", "unidad_responsable_clave" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "poa_actividades");

            migrationBuilder.DropTable(
                name: "poa_avances");

            migrationBuilder.DropTable(
                name: "poa_firmantes");

            migrationBuilder.DropTable(
                name: "poa_planes");
        }
    }
}
