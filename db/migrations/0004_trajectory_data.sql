CREATE TABLE `trajectory_data` (
	`trajectory_row_id` integer PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`trajectory_row_id`) REFERENCES `trajectories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `trajectory_data` (`trajectory_row_id`, `data`) SELECT `id`, `data` FROM `trajectories`;
--> statement-breakpoint
ALTER TABLE `trajectories` DROP COLUMN `data`;