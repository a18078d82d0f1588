using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Persistencia.Migraciones.Sqlite
{
    /// <inheritdoc />
    public partial class Ciclo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cerrado_hasta",
                table: "poa_planes",
                type: "TEXT",
                unicode: false,
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "fecha_de_reporte",
                table: "poa_avances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "abril_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "acumulacion",
                table: "poa_actividades",
                type: "TEXT",
                nullable: false,
                defaultValue: "suma");

            migrationBuilder.AddColumn<bool>(
                name: "acumulacion_explicita",
                table: "poa_actividades",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "agosto_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "diciembre_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "enero_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "febrero_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "frecuencia",
                table: "poa_actividades",
                type: "TEXT",
                nullable: false,
                defaultValue: "mensual");

            migrationBuilder.AddColumn<decimal>(
                name: "julio_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "junio_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "linea_base_anio",
                table: "poa_actividades",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "linea_base_valor",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "marzo_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "mayo_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "meta_cantidad_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "noviembre_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "octubre_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "peso",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: false,
                defaultValue: 1m);

            migrationBuilder.AddColumn<decimal>(
                name: "septiembre_vigente",
                table: "poa_actividades",
                type: "TEXT",
                precision: 20,
                scale: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "poa_modificaciones",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    posicion = table.Column<int>(type: "INTEGER", nullable: false),
                    folio = table.Column<int>(type: "INTEGER", nullable: false),
                    actividad = table.Column<int>(type: "INTEGER", nullable: false),
                    aplica_desde = table.Column<string>(type: "TEXT", unicode: false, maxLength: 7, nullable: false),
                    meta_cantidad = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    meta_unidad = table.Column<string>(type: "TEXT", nullable: true),
                    cambia_calendarizacion = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    justificacion = table.Column<string>(type: "TEXT", nullable: false),
                    autorizada_el = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    autorizada_por = table.Column<string>(type: "TEXT", nullable: true),
                    plan_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_poa_modificaciones", x => x.id);
                    table.CheckConstraint("ck_poa_modificaciones_meta", "(meta_cantidad IS NULL AND meta_unidad IS NULL) OR (meta_cantidad IS NOT NULL AND meta_unidad IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_poa_modificaciones_poa_planes",
                        column: x => x.plan_id,
                        principalTable: "poa_planes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_poa_modificaciones_plan_posicion",
                table: "poa_modificaciones",
                columns: new[] { "plan_id", "posicion" });

            // Rows saved before this migration: the tipo de acumulación their unit implies (porcentaje → promedio, implicit),
            // and, having no modificaciones, a vigente meta and calendar equal to the approved ones.
            migrationBuilder.Sql("UPDATE poa_actividades SET acumulacion = 'promedio' WHERE meta_tipo = 'porcentaje'");
            migrationBuilder.Sql("UPDATE poa_actividades SET meta_cantidad_vigente = meta_cantidad, enero_vigente = enero, febrero_vigente = febrero, marzo_vigente = marzo, abril_vigente = abril, mayo_vigente = mayo, junio_vigente = junio, julio_vigente = julio, agosto_vigente = agosto, septiembre_vigente = septiembre, octubre_vigente = octubre, noviembre_vigente = noviembre, diciembre_vigente = diciembre");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "poa_modificaciones");

            migrationBuilder.DropColumn(
                name: "cerrado_hasta",
                table: "poa_planes");

            migrationBuilder.DropColumn(
                name: "fecha_de_reporte",
                table: "poa_avances");

            migrationBuilder.DropColumn(
                name: "abril_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "acumulacion",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "acumulacion_explicita",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "agosto_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "diciembre_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "enero_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "febrero_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "frecuencia",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "julio_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "junio_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "linea_base_anio",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "linea_base_valor",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "marzo_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "mayo_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "meta_cantidad_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "noviembre_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "octubre_vigente",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "peso",
                table: "poa_actividades");

            migrationBuilder.DropColumn(
                name: "septiembre_vigente",
                table: "poa_actividades");
        }
    }
}
