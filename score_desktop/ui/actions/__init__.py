"""Actions: the EITs' improvement plans across enterprises."""
