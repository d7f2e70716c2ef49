//! Synthetic meetings
