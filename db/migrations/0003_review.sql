CREATE TABLE `exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`settings` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `review_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trajectory_row_id` integer NOT NULL,
	`turn` integer,
	`action` text NOT NULL,
	`comment` text,
	`reviewer` text NOT NULL,
	`version` integer NOT NULL,
	`before` text,
	`after` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`trajectory_row_id`) REFERENCES `trajectories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_decisions_trajectory` ON `review_decisions` (`trajectory_row_id`,`id`);--> statement-breakpoint
CREATE INDEX `review_decisions_created` ON `review_decisions` (`created_at`);--> statement-breakpoint
CREATE TABLE `teacher_profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`base_url` text NOT NULL,
	`model` text NOT NULL,
	`api_key` text,
	`input_price` real,
	`output_price` real,
	`concurrency` integer DEFAULT 8 NOT NULL,
	`timeout_ms` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teacher_profiles_name_unique` ON `teacher_profiles` (`name`);--> statement-breakpoint
CREATE TABLE `trajectories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`project_id` integer,
	`trajectory_id` text NOT NULL,
	`path_id` text NOT NULL,
	`position` integer NOT NULL,
	`seq` integer NOT NULL,
	`polarity` text NOT NULL,
	`error_type` text,
	`turn_kinds` text NOT NULL,
	`operations` text NOT NULL,
	`toolkits` text NOT NULL,
	`failed_checks` text NOT NULL,
	`turn_count` integer NOT NULL,
	`search_text` text NOT NULL,
	`data` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`turn_status` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `run_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trajectories_run_trajectory` ON `trajectories` (`run_id`,`trajectory_id`);--> statement-breakpoint
CREATE INDEX `trajectories_project_status` ON `trajectories` (`project_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `trajectories_run_order` ON `trajectories` (`run_id`,`position`,`seq`);--> statement-breakpoint
CREATE INDEX `trajectories_item` ON `trajectories` (`item_id`);